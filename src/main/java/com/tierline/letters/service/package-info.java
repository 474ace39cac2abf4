/**
 * Decision letters and the auditor's dossier drawn as PDF from facts the calling feature hands over. It knows no
 * case, repository or user: who may read a letter, and keeping it as issued, stay with the features that own them.
 */
@org.springframework.modulith.NamedInterface("service")
package com.tierline.letters.service;
