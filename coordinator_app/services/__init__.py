"""Use cases: each public function is one transaction on a `Database`. No Qt here."""
