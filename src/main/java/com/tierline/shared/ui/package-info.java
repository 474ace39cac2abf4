@org.springframework.modulith.NamedInterface("ui")
package com.tierline.shared.ui;
