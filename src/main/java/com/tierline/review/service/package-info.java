@org.springframework.modulith.NamedInterface("service")
package com.tierline.review.service;
