@org.springframework.modulith.NamedInterface("service")
package com.tierline.application.service;
