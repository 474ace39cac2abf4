@org.springframework.modulith.NamedInterface("ui")
package com.tierline.sla.ui;
