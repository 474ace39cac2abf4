@org.springframework.modulith.NamedInterface("domain")
package com.tierline.history.domain;
