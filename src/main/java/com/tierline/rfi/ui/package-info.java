@org.springframework.modulith.NamedInterface("ui")
package com.tierline.rfi.ui;
