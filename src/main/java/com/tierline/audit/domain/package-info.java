@org.springframework.modulith.NamedInterface("domain")
package com.tierline.audit.domain;
