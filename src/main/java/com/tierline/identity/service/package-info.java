@org.springframework.modulith.NamedInterface("service")
package com.tierline.identity.service;
