@org.springframework.modulith.NamedInterface("domain")
package com.tierline.screening.domain;
