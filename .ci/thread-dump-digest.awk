# Prints, from JUnit's "Thread ... will be interrupted." dumps, the threads that are in our code, in a database
# driver, or waiting for a lock, each with its top frames: enough to see what a hung test waited for.
function flush() {
  if (keep) print header frames
  keep = 0; header = ""; frames = ""; n = 0
}
/will be interrupted\./ { flush(); dumping = 1; print ""; print; next }
dumping && /^"/ { flush(); header = $0; next }
dumping && /^\tat / {
  if (n < 25) { frames = frames "\n" $0; n++ }
  if ($0 ~ /com\.tierline|org\.postgresql|org\.h2\.|VaadinSession|concurrent\.locks|hikari|selenium/) keep = 1
  next
}
dumping && !/^[ \t]*$/ && !/^\t/ { flush(); dumping = 0 }
END { flush() }
