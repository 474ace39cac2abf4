@org.springframework.modulith.NamedInterface("service")
package com.tierline.audit.service;
