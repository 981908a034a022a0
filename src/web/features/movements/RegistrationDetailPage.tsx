export default function RegistrationDetailPage() {
  return null;
}
