@org.springframework.modulith.NamedInterface("service")
package com.tierline.party.service;
