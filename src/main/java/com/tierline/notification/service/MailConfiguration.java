package com.tierline.notification.service;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Mail goes out on Spring's task executor. In the demo profile (and so in the tests) a real SMTP server, GreenMail,
 * runs inside the application and receives every mail; elsewhere {@code spring.mail.*} names the real server.
 */
@Configuration
@EnableAsync
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Configuration
    @Profile("demo")
    static class EmbeddedMailServer {

        /** Port 0 takes a free port (the tests do, so that cached contexts do not collide). */
        @Bean(initMethod = "start", destroyMethod = "stop")
        GreenMail embeddedSmtpServer(@Value("${tierline.mail.embedded-smtp-port}") int port) {
            ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            return new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
        }

        @Bean
        JavaMailSender embeddedSmtpSender(GreenMail server) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server.getSmtp().getPort());
            sender.setDefaultEncoding("UTF-8");
            log.info("Demo mail goes to the embedded SMTP server on port {}", server.getSmtp().getPort());
            return sender;
        }
    }
}
