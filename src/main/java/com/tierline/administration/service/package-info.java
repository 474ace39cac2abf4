@org.springframework.modulith.NamedInterface("service")
package com.tierline.administration.service;
