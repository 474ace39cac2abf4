@org.springframework.modulith.NamedInterface("service")
package com.tierline.appeal.service;
