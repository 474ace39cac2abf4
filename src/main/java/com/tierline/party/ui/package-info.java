@org.springframework.modulith.NamedInterface("ui")
package com.tierline.party.ui;
