@org.springframework.modulith.NamedInterface("domain")
package com.tierline.identity.domain;
