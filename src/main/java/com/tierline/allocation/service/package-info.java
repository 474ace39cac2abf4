@org.springframework.modulith.NamedInterface("service")
package com.tierline.allocation.service;
