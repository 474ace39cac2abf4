@org.springframework.modulith.NamedInterface("ui")
package com.tierline.review.ui;
