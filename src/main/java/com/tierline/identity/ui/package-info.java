@org.springframework.modulith.NamedInterface("ui")
package com.tierline.identity.ui;
