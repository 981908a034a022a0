export default function RegistrationsPage() {
  return null;
}
