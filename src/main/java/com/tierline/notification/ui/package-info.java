@org.springframework.modulith.NamedInterface("ui")
package com.tierline.notification.ui;
