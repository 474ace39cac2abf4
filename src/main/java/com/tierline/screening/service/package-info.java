@org.springframework.modulith.NamedInterface("service")
package com.tierline.screening.service;
