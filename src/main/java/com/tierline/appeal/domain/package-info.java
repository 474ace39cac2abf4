@org.springframework.modulith.NamedInterface("domain")
package com.tierline.appeal.domain;
