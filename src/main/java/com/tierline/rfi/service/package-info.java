@org.springframework.modulith.NamedInterface("service")
package com.tierline.rfi.service;
