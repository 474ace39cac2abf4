@org.springframework.modulith.NamedInterface("service")
package com.tierline.document.service;
