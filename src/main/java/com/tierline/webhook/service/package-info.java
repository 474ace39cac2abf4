@org.springframework.modulith.NamedInterface("service")
package com.tierline.webhook.service;
