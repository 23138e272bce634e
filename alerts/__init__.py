"""Alert rules, digests and delivery channels."""
