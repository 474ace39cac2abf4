@org.springframework.modulith.NamedInterface("service")
package com.tierline.history.service;
