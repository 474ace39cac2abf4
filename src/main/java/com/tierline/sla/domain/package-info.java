@org.springframework.modulith.NamedInterface("domain")
package com.tierline.sla.domain;
