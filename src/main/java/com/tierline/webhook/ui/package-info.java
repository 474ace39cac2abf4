@org.springframework.modulith.NamedInterface("ui")
package com.tierline.webhook.ui;
