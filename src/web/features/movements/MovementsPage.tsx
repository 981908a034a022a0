export default function MovementsPage() {
  return null;
}
