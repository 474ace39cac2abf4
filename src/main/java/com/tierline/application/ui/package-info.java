@org.springframework.modulith.NamedInterface("ui")
package com.tierline.application.ui;
