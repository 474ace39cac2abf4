@org.springframework.modulith.NamedInterface("ui")
package com.tierline.audit.ui;
