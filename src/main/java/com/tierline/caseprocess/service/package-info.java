@org.springframework.modulith.NamedInterface("service")
package com.tierline.caseprocess.service;
