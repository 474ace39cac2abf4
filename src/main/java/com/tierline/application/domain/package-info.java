@org.springframework.modulith.NamedInterface("domain")
package com.tierline.application.domain;
