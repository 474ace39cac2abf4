@org.springframework.modulith.NamedInterface("ui")
package com.tierline.appeal.ui;
