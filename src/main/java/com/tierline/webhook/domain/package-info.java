@org.springframework.modulith.NamedInterface("domain")
package com.tierline.webhook.domain;
