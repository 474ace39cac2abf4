@org.springframework.modulith.NamedInterface("service")
package com.tierline.sla.service;
