@org.springframework.modulith.NamedInterface("ui")
package com.tierline.document.ui;
