@org.springframework.modulith.NamedInterface("domain")
package com.tierline.allocation.domain;
