@org.springframework.modulith.NamedInterface("domain")
package com.tierline.document.domain;
