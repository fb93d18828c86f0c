package dev.migrator.testing.matching;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A library whose migrations give what its entities want. */
@SpringBootApplication
public class MatchingApplication {

}
