@org.springframework.modulith.NamedInterface("domain")
package com.tierline.party.domain;
