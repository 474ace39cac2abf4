@org.springframework.modulith.NamedInterface("service")
package com.tierline.notification.service;
