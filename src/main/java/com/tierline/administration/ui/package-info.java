@org.springframework.modulith.NamedInterface("ui")
package com.tierline.administration.ui;
