@org.springframework.modulith.NamedInterface("ui")
package com.tierline.onboarding.ui;
