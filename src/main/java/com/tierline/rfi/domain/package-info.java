@org.springframework.modulith.NamedInterface("domain")
package com.tierline.rfi.domain;
