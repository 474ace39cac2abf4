/** The shared kernel: small value types every feature may use. Depends on nothing else in the project. */
package com.tierline.shared;
