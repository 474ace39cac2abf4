@org.springframework.modulith.NamedInterface("domain")
package com.tierline.notification.domain;
